// The zip format's fixed numbers (APPNOTE.TXT §4.3), for the code that edits a written zip in place.
export const LOCAL_SIGNATURE = 0x04034b50;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const DESCRIPTOR_SIGNATURE = 0x08074b50;
export const EOCD_SIGNATURE = 0x06054b50;
export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const EOCD_SIZE = 22;
