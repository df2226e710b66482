import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi } from './api';

contextBridge.exposeInMainWorld(
  'backbreak',
  createApi(
    (channel, payload) => ipcRenderer.invoke(channel, payload),
    (channel, listener) => {
      // The renderer never sees the event object (it carries `sender`), only the payload.
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    },
  ),
);
