export { loadCorpus, mergeCorpus, mergeCorpusSteps, type LoadedCorpus } from './loadCorpus';
export { parseCorpusFile, parseCorpusFileSteps, type CorpusFileInput, type ParsedCorpusFile, type ParseSteps } from './parseCorpusFile';
export {
  CORPUS_FILE_EXTENSIONS,
  CORPUS_FILE_GLOB,
  corpusFileFormat,
  isAnnalistFileName,
  isCorpusFileName,
  type CorpusFileFormat,
} from './fileFormat';
