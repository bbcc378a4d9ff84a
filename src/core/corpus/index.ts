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
export {
  CORPUS_PATHS_SETTING,
  INCLUDE_BUNDLED_SETTING,
  MAX_CORPUS_FILES,
  MAX_WALK_DEPTH,
  SKIPPED_FOLDERS,
  corpusPathEntries,
  isAbsolutePath,
  isGlob,
  isSkippedFolder,
  readFolderCorpusSettings,
  type FolderCorpusSettings,
} from './workspaceRules';
