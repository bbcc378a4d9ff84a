export { loadCorpus, type LoadedCorpus } from './loadCorpus';
export type { CorpusFileInput } from './parseCorpusFile';
