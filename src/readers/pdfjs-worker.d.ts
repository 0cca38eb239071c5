// pdfjs-dist ships no types for its worker module; it is imported only for what it does on loading
// (it sets globalThis.pdfjsWorker, which pdfjs then uses in this thread instead of importing it).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
