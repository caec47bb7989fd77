/** The erasure feature's public surface: the button (with its confirmation) and the repository. */
export { EraseButton } from './EraseButton';
export { erasePerson, previewErasure, getErasure, type ErasurePreview } from './erasureRepo';
