import { z } from 'zod';
import { TRANSLATED } from './i18n/locales';
import { EQUIPMENT, PLACES } from './settingsLimits';

/**
 * The format of everything in `routines/`: exercises (with the poses their figure animates)
 * and routines (ordered steps that reference exercises with a dose). Bundled files and the
 * person's own files are validated by this one schema; `core/routineLibrary.ts` adds the checks
 * that span files (unknown ids, duplicates, doses out of range, declared lengths).
 */

export const contentId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Use lowercase words joined by hyphens.' })
  .max(60);

/** Short, calm, one action per sentence: long text does not fit the player's cue line. */
const sentence = z
  .string()
  .trim()
  .min(3, { error: 'Write at least a few words.' })
  .max(160, { error: 'Keep it under 160 characters: one action per sentence.' });

export const BREATH_PHASES = ['inhale', 'exhale', 'hold'] as const;
export type BreathPhase = (typeof BREATH_PHASES)[number];

export const FOCUSES = ['mobility', 'strength', 'release', 'breath'] as const;
export type Focus = (typeof FOCUSES)[number];

/**
 * Where the viewer stands: at the figure's right side, in front of it, in between (a
 * three-quarter view, for moves that turn or open the arms), or looking down from above, on
 * someone lying face up (`above`: arms out to the sides, knees dropping sideways) or on
 * someone's back (`above-back`: reaching to one side on the floor).
 */
export const FIGURE_VIEWS = ['side', 'front', 'three-quarter', 'above', 'above-back'] as const;
export type FigureView = (typeof FIGURE_VIEWS)[number];
export const PROP_KINDS = [
  'chair',
  'desk',
  'wall',
  'floor',
  'doorway',
  'roll',
  'band',
  'towel',
] as const;

// ---------------------------------------------------------------- figure

/**
 * A direction in degrees on the stage: 0 points up, 90 points right, 180 down, 270 (or -90)
 * left. In the side view the figure faces right, so 90 is "forward".
 */
const direction = z.number().min(-360).max(360);

/**
 * A limb as the directions of its two segments (upper arm and forearm, or thigh and shin) and
 * of its hand or foot. `foreshorten` is how much of the upper bone shows: 1 in profile, less
 * when it points at the viewer (a seated person's thighs seen from the front);
 * `lowerForeshorten` is the same for the forearm or shin (arms reaching toward the viewer).
 */
export const limbSchema = z
  .object({
    upper: direction,
    lower: direction,
    foreshorten: z.number().min(0.2).max(1).default(1),
    lowerForeshorten: z.number().min(0.2).max(1).optional(),
    /**
     * The hand's or foot's direction. By default a hand carries on from the forearm and a foot
     * points forward, square to the shin.
     */
    end: direction.optional(),
    /** How much of the hand or foot shows: less when it points at the viewer. */
    endForeshorten: z.number().min(0.2).max(1).optional(),
    /** The hand is behind the head or the back: the arm is drawn behind the body. */
    behind: z.boolean().optional(),
  })
  .strict();

/**
 * One key pose. The stage is 100 × 100 with y growing downwards and the floor at y = 92.
 * `x`, `y` place the hips; everything else hangs off them by direction, so a pose never
 * stretches a bone. In the side view the figure faces right and its right limbs are the near
 * ones; in the front view the figure faces the viewer (its right side on the viewer's left).
 */
export const poseSchema = z
  .object({
    x: z.number().min(0).max(100),
    y: z.number().min(0).max(100),
    /** Lower, middle and upper back directions: a rounded back bends them one way, an arched back the other. */
    spine: z.tuple([direction, direction, direction]),
    head: direction,
    /** The neck's direction, when it differs from the head's: a chin tuck glides the head back. */
    neck: direction.optional(),
    /** Shoulders turned over the hips, degrees; positive turns the chest toward the figure's right. */
    twist: z.number().min(-90).max(90).default(0),
    /**
     * The face turned from straight ahead, degrees; positive looks toward the figure's right.
     * By default the head turns with the chest.
     */
    headTurn: z.number().min(-120).max(120).optional(),
    /** The shoulders lifted toward the ears, from 0 (resting) to 1 (a full shrug). */
    shrug: z.number().min(0).max(1).optional(),
    leftArm: limbSchema,
    rightArm: limbSchema,
    leftLeg: limbSchema,
    rightLeg: limbSchema,
  })
  .strict();
export type Pose = z.output<typeof poseSchema>;

export const propSchema = z
  .object({
    kind: z.enum(PROP_KINDS),
    x: z.number().min(0).max(100),
    y: z.number().min(0).max(100),
  })
  .strict();
export type Prop = z.output<typeof propSchema>;

export const cycleMoveSchema = z
  .object({
    /** The key pose reached at the end of this phase. */
    pose: contentId,
    phase: z.enum(BREATH_PHASES),
    /** What the person hears and reads during this phase. */
    cue: sentence,
    /**
     * What this phase says on every later breath of the same hold, when `cue` eases a little
     * deeper: said once, a nudge deepens the stretch once; said on every breath, it nudges
     * four times deeper in a 30-second hold.
     */
    laterCue: sentence.optional(),
  })
  .strict();

/** The parts that work, drawn with a soft glow during the effort. */
export const BODY_AREAS = [
  'neck',
  'shoulders',
  'upper-back',
  'mid-back',
  'lower-back',
  'chest',
  'side',
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

export const worksSchema = z
  .object({
    /** `side` is the figure's right flank: the side a one-sided exercise stretches first. */
    areas: z.array(z.enum(BODY_AREAS)).min(1).max(BODY_AREAS.length),
    /** The breath phases of the effort: the glow shows during these and fades in the others. */
    phases: z.array(z.enum(BREATH_PHASES)).min(1).max(BREATH_PHASES.length),
  })
  .strict();
export type Works = z.output<typeof worksSchema>;

export const figureSchema = z
  .object({
    view: z.enum(FIGURE_VIEWS),
    props: z.array(propSchema).max(4).default([]),
    poses: z.record(contentId, poseSchema).refine((poses) => Object.keys(poses).length > 0, {
      error: 'Give at least one pose.',
    }),
    /** The set-up pose shown while getting ready. */
    start: contentId,
    /** One breath cycle: one rep for reps, one breath for breaths, repeated through a hold. */
    cycle: z.array(cycleMoveSchema).min(1).max(6),
    /** Which part works, and when; without it nothing glows. */
    works: worksSchema.optional(),
  })
  .strict()
  .superRefine((figure, ctx) => {
    const names = new Set(Object.keys(figure.poses));
    if (!names.has(figure.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: `No pose named "${figure.start}".`,
      });
    }
    figure.cycle.forEach((move, i) => {
      if (!names.has(move.pose)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cycle', i, 'pose'],
          message: `No pose named "${move.pose}".`,
        });
      }
    });
    figure.works?.phases.forEach((phase, i) => {
      if (!figure.cycle.some((move) => move.phase === phase)) {
        ctx.addIssue({
          code: 'custom',
          path: ['works', 'phases', i],
          message: `The cycle has no ${phase} move to glow during.`,
        });
      }
    });
  });
export type Figure = z.output<typeof figureSchema>;

// ---------------------------------------------------------------- dose

const amountRange = (max: number, what: string) =>
  z
    .object({
      min: z.number().int().min(1).max(max),
      max: z.number().int().min(1).max(max),
      default: z.number().int().min(1).max(max),
    })
    .strict()
    .refine((r) => r.min <= r.default && r.default <= r.max, {
      error: `The ${what} range needs min ≤ default ≤ max.`,
    });

export const doseSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('hold'),
      seconds: amountRange(180, 'seconds'),
      sets: amountRange(5, 'sets'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('reps'),
      reps: amountRange(30, 'reps'),
      sets: amountRange(3, 'sets'),
    })
    .strict(),
  z.object({ kind: z.literal('breaths'), breaths: amountRange(30, 'breaths') }).strict(),
]);

export const breathPaceSchema = z
  .object({
    inhale: z.number().min(1).max(10),
    exhale: z.number().min(1).max(12),
    hold: z.number().min(0).max(10).default(0),
  })
  .strict();
export type BreathPace = z.output<typeof breathPaceSchema>;

// ---------------------------------------------------------------- languages

/**
 * An exercise's words in another language, field by field as in the exercise; `cues` follows
 * the figure's cycle, one entry per move. Any field may be missing: it falls back to English.
 * A list must have as many lines as the English one.
 */
export const exerciseTextsSchema = z
  .object({
    name: z.string().trim().min(3).max(48),
    summary: sentence,
    setup: z.array(sentence).min(1).max(5),
    steps: z.array(sentence).min(1).max(6),
    avoid: z.array(sentence).min(1).max(4),
    skipIf: z.array(sentence).min(1).max(4),
    caution: z.array(sentence).max(4),
    cues: z
      .array(z.object({ cue: sentence, laterCue: sentence.optional() }).strict())
      .min(1)
      .max(6),
  })
  .strict()
  .partial();
export type ExerciseTexts = z.output<typeof exerciseTextsSchema>;

export const routineTextsSchema = z
  .object({ title: z.string().trim().min(3).max(60), purpose: sentence })
  .strict()
  .partial();
export type RoutineTexts = z.output<typeof routineTextsSchema>;

/** Texts in several languages, carried inside a person's own exercise or routine file. */
const translations = <T extends z.ZodType>(texts: T) =>
  z.partialRecord(z.enum(TRANSLATED), texts).optional();

// ---------------------------------------------------------------- exercise

export const exerciseSchema = z
  .object({
    id: contentId,
    name: z.string().trim().min(3).max(40),
    place: z.enum(PLACES),
    equipment: z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length).default([]),
    focus: z.array(z.enum(FOCUSES)).min(1).max(FOCUSES.length),
    opensChest: z.boolean(),
    /** What it does, in one line. */
    summary: sentence,
    setup: z.array(sentence).min(1).max(5),
    steps: z.array(sentence).min(1).max(6),
    breath: breathPaceSchema,
    dose: doseSchema,
    perSide: z.boolean(),
    avoid: z.array(sentence).min(1).max(4),
    skipIf: z.array(sentence).min(1).max(4),
    /**
     * Who should take care and what they can do instead (pregnancy, osteoporosis, ...).
     * Required so that every exercise has been thought about: `[]` says nothing applies.
     */
    caution: z
      .array(sentence, {
        error: (issue) =>
          issue.input === undefined
            ? 'Say who should take care with this exercise, or write [] when nothing applies.'
            : undefined,
      })
      .max(4),
    /**
     * A gentler and a harder version of this exercise, each a full exercise of its own (it may
     * be in another place: the wall version of a floor twist is standing). Links go both ways:
     * `core/routineLibrary.ts` checks that the other exercise names this one back.
     */
    easier: contentId.optional(),
    harder: contentId.optional(),
    figure: figureSchema,
    translations: translations(exerciseTextsSchema),
  })
  .strict();
export type Exercise = z.output<typeof exerciseSchema>;

// ---------------------------------------------------------------- routine

export const routineStepSchema = z
  .object({
    exercise: contentId,
    seconds: z.number().int().min(1).max(180).optional(),
    reps: z.number().int().min(1).max(30).optional(),
    breaths: z.number().int().min(1).max(30).optional(),
    sets: z.number().int().min(1).max(5).optional(),
  })
  .strict();
export type RoutineStep = z.output<typeof routineStepSchema>;

export const routineSchema = z
  .object({
    id: contentId,
    title: z.string().trim().min(3).max(50),
    /** Why this routine, in one line. */
    purpose: sentence,
    /** The length a person is promised; must match the steps (see `core/routinePlan.ts`). */
    minutes: z.number().min(0.5).max(12),
    steps: z.array(routineStepSchema).min(1).max(12),
    translations: translations(routineTextsSchema),
  })
  .strict();
export type Routine = z.output<typeof routineSchema>;

const title = z.string().trim().min(3).max(60);

/** Shown once before the first routine ever. */
export const safetyNoteSchema = z
  .object({
    title,
    points: z.array(sentence).min(2).max(8),
  })
  .strict();
export type SafetyNote = z.output<typeof safetyNoteSchema>;

const noteSection = z
  .object({
    heading: title,
    points: z.array(sentence).min(1).max(5),
  })
  .strict();

/**
 * Shown when a person says a routine left them feeling worse: calm words, no diagnosis and no
 * promises. Kept with the content so it is checked, and translated, like every other word.
 */
export const worseNoteSchema = z
  .object({
    title,
    /** What may help right now. */
    helpNow: noteSection,
    /** When to see a doctor or physiotherapist. */
    seeSomeone: noteSection,
    /** The signs that need help straight away. */
    redFlags: noteSection,
  })
  .strict();
export type WorseNote = z.output<typeof worseNoteSchema>;

/**
 * A file in `routines/` holds one exercise, one routine, the safety note or the note for a
 * routine that felt worse; `type` says which.
 */
/**
 * Every content text in one language: the bundled content keeps one such file per language in
 * `routines/texts/`, beside the data (a person may add one too). Entries are by content id.
 */
export const textsFileSchema = z
  .object({
    language: z.enum(TRANSLATED),
    exercises: z.record(contentId, exerciseTextsSchema).default({}),
    routines: z.record(contentId, routineTextsSchema).default({}),
    safetyNote: safetyNoteSchema.partial().optional(),
    worseNote: worseNoteSchema.partial().optional(),
  })
  .strict();
export type TextsFile = z.output<typeof textsFileSchema>;

export const contentFileSchema = z.discriminatedUnion('type', [
  exerciseSchema.extend({ type: z.literal('exercise') }),
  routineSchema.extend({ type: z.literal('routine') }),
  safetyNoteSchema.extend({ type: z.literal('safety-note') }),
  worseNoteSchema.extend({ type: z.literal('worse-note') }),
  textsFileSchema.extend({ type: z.literal('texts') }),
]);
