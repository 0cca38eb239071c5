/**
 * A plan as a flat OpenDocument text (.fodt) that LibreOffice turns into PDF or Word 97–2003 .doc
 * (`soffice --headless --convert-to pdf|doc`): each line a paragraph in a 宋体-like TrueType font
 * (AR PL UMing, Debian's fonts-arphic-uming, which LibreOffice embeds as a CID font), justified,
 * with a running header and a `— 3 —` page number in the footer.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A line as paragraph content: runs of spaces as <text:s/>, tabs as <text:tab/> (ODF collapses plain spaces). */
function paragraphContent(line) {
  return escapeXml(line.replace(/\s+$/, '')).replace(/\t/g, '<text:tab/>').replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`).replace(/^ /, '<text:s/>');
}

/** The .fodt of a plan's text. */
export function flatOdt(text) {
  const paragraphs = text.split('\n').map((line) => `<text:p text:style-name="Standard">${paragraphContent(line)}</text:p>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="AR PL UMing CN" svg:font-family="'AR PL UMing CN'" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/><style:text-properties style:font-name="AR PL UMing CN" style:font-name-asian="AR PL UMing CN" fo:font-size="15pt" style:font-size-asian="15pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:line-height="150%"/></style:style>
<style:style style:name="Furniture" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2.6cm" fo:margin-right="2.4cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.6cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.6cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">
<style:header><text:p text:style-name="Furniture">政府信息公开</text:p></style:header>
<style:footer><text:p text:style-name="Furniture">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
${paragraphs}
</office:text></office:body>
</office:document>
`;
}

/**
 * Converts a plan's text with LibreOffice to `format` (`pdf`, or `doc:MS Word 97`) and copies the
 * result to `target`.
 */
export function convertWithLibreOffice(text, format, target) {
  const work = mkdtempSync(join(tmpdir(), 'policy-extract-office-'));
  try {
    writeFileSync(join(work, 'plan.fodt'), flatOdt(text));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', format, '--outdir', work, join(work, 'plan.fodt')], { stdio: 'ignore' });
    copyFileSync(join(work, `plan.${format.split(':')[0]}`), target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
