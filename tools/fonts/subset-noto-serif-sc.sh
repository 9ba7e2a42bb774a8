#!/usr/bin/env bash
# Makes src/main/resources/fonts/NotoSerifSC-Regular-subset.ttf, the serif font of the certificate, from Noto Serif SC
# Regular 2.003 as Google Fonts publishes it with TrueType outlines (PDFBox 3.0 subsets and embeds TrueType outlines,
# not the CFF outlines of the Noto Serif CJK / Source Han Serif OTF files). Run it again only to change the subset.
#
#   npm pack @expo-google-fonts/noto-serif-sc@0.4.3 && tar xzf expo-google-fonts-noto-serif-sc-0.4.3.tgz
#   apt-get install fonttools python3-fonttools   (PYTHON: a python3 with fontTools, default /usr/bin/python3)
#   tools/fonts/subset-noto-serif-sc.sh package/400Regular/NotoSerifSC_400Regular.ttf
#
# The subset keeps every character of GB 2312 (hanzi and symbols), the 8105 characters of the 通用规范汉字表 (2013,
# all three levels: tools/fonts/tygf-8105.txt), ASCII and Latin-1. It leaves out the Kangxi and CJK radicals and the
# compatibility ideographs, which share glyphs with ordinary characters and would make PDF readers copy 高 as ⾼.
# A character outside the subset is drawn from WenQuanYi Micro Hei (platform.ChinesePdfFont).
set -euo pipefail
source_ttf=${1:?path to NotoSerifSC_400Regular.ttf}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../src/main/resources/fonts/NotoSerifSC-Regular-subset.ttf"
expected=c358a69de3df5f423a8946a7b03e3126fb6ba116f1130a463455b4e39e1f0742
actual=$(sha256sum "$source_ttf" | cut -d' ' -f1)
[ "$actual" = "$expected" ] || { echo "unexpected source font $actual (expected $expected)" >&2; exit 1; }
unicodes=$(mktemp)
trap 'rm -f "$unicodes"' EXIT
python3 - "$here/tygf-8105.txt" > "$unicodes" <<'PY'
import sys
wanted = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
for a in range(0xA1, 0xF8):
    for b in range(0xA1, 0xFF):
        try:
            wanted.add(ord(bytes([a, b]).decode('gb2312')))
        except UnicodeDecodeError:
            pass
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        wanted.add(ord(line.split('\t')[1].strip()))
wanted |= {0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2103, 0x2116, 0x3000, 0x3001, 0x3002,
           0xFF01, 0xFF08, 0xFF09, 0xFF0C, 0xFF0D, 0xFF1A, 0xFF1B, 0xFF1F}
radical_or_compat = lambda c: 0x2E80 <= c <= 0x2FDF or 0xF900 <= c <= 0xFAFF
print('\n'.join('U+%04X' % c for c in sorted(wanted) if not radical_or_compat(c)))
PY
pyftsubset "$source_ttf" --unicodes-file="$unicodes" --output-file="$out" --layout-features='' \
  --drop-tables+=vhea,vmtx,STAT,BASE,GDEF,GPOS,GSUB --notdef-outline --name-IDs='*' --name-languages='*'
# PDFBox reads no format 14 cmap (variation sequences) and warns about it at every document: drop it.
"${PYTHON:-/usr/bin/python3}" - "$out" <<'PY'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
font['cmap'].tables = [t for t in font['cmap'].tables if t.format != 14]
font.save(sys.argv[1])
PY
ls -l "$out"
sha256sum "$out"
