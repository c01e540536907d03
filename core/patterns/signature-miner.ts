/** The import pipeline's entry point to template mining (see miner.ts). */
export {
  createSignatureMiner,
  type MinedCluster,
  type MinedSignatures,
  type SignatureMiner,
} from './miner.ts';
export { signatureId, templateCovers } from './signature-id.ts';
