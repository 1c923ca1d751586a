/** Drag data type of a palette item: the element kind id. Private, so other drags are ignored. */
export const PALETTE_MIME = 'application/x-cetakbiru-kind'
