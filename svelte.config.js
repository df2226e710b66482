/** Svelte 5 strips TypeScript types by itself; runes everywhere keep components consistent. */
export default {
  compilerOptions: { runes: true },
};
