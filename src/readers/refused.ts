/**
 * Formats that are recognized but not read, each refused with one line that names it and says
 * how to turn it into one we read.
 */
import { PolicyExtractError, type ErrorCode } from '../model/errors.js';

/** What an input can be that no reader takes. */
export type RefusedFormat =
  /** Excel 97–2003 (BIFF in a compound file). */
  | 'xls'
  /** WPS 表格, an Excel 97–2003 workbook with WPS's additions. */
  | 'et'
  /** WPS 文字 in its own format (a .wps holding a Word document is read as one). */
  | 'wps'
  /** Microsoft Works' word processor (.wps too), its own streams in a compound file. */
  | 'works'
  /** 版式文档 (GB/T 33190), a ZIP of XML pages. */
  | 'ofd'
  /** A password-protected .docx or .xlsx: a compound file holding an EncryptedPackage. */
  | 'encrypted-office'
  /** A compound file that is none of the above (PowerPoint, Outlook, a damaged directory). */
  | 'ole2';

const REFUSALS: Readonly<Record<RefusedFormat, readonly [ErrorCode, string]>> = {
  xls: ['E_UNSUPPORTED', 'is an Excel 97–2003 workbook (.xls), which is not read: convert it to .xlsx first (soffice --headless --convert-to xlsx FILE.xls)'],
  et: ['E_UNSUPPORTED', 'is a WPS spreadsheet (.et), which is not read: save it as .xlsx in WPS, or convert it (soffice --headless --convert-to xlsx FILE.et)'],
  wps: ['E_UNSUPPORTED', 'is a WPS text document (.wps), which is not read: save it as .docx in WPS, or convert it (soffice --headless --convert-to docx FILE.wps)'],
  works: ['E_UNSUPPORTED', 'is a Microsoft Works document (.wps), which is not read: convert it to .docx (soffice --headless --convert-to docx FILE.wps)'],
  ofd: ['E_UNSUPPORTED', 'is an OFD document (.ofd), which is not read: export it to PDF in an OFD reader (数科, 福昕) and read the PDF'],
  'encrypted-office': ['E_ENCRYPTED', 'is a password-protected Office file: open it, remove the password (File → Info → Protect) and save it again'],
  ole2: ['E_BINARY', 'is an OLE2 compound file that holds neither a Word document nor an Excel workbook (PowerPoint? damaged?)'],
};

/**
 * The extensions of the refused formats, for a batch that skips them before reading (not `.wps`:
 * most are Word documents, and read).
 */
export const REFUSED_EXTENSIONS: Readonly<Record<string, RefusedFormat>> = { '.xls': 'xls', '.et': 'et', '.ofd': 'ofd' };

/**
 * The error for a refused format.
 *
 *     refusal('xls', '分工表.xls').message // → 'is an Excel 97–2003 workbook (.xls), which is not read: convert it to .xlsx first (…)'
 */
export function refusal(format: RefusedFormat, path: string | null): PolicyExtractError {
  const [code, message] = REFUSALS[format];
  return new PolicyExtractError(code, message, { path });
}

/** The one-line reason a batch gives for a file it skips by its extension, or null for other extensions. */
export function refusedExtension(extension: string): string | null {
  const format = REFUSED_EXTENSIONS[extension.toLowerCase()];
  return format ? REFUSALS[format][1].replace(/^is /, '') : null;
}
