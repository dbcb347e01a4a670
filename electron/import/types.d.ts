declare module 'word-extractor' {
  const WordExtractor: unknown;
  export default WordExtractor;
}

declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
