#!/usr/bin/env bash
# Installs the Debian packages the tests use besides PostgreSQL (scripts/pg.sh installs that), when missing:
#   qpdf, poppler-utils   ../shared/tools/facturx-check (qpdf --check, pdfinfo, pdfdetach) and pdftotext in PDF tests
#   fonts-dejavu-core     the fonts Encaisse.Pdf embeds (also needed at run time)
#   icc-profiles-free     the sRGB ICC profile for an OutputIntent when a PDF has none
#   zbar-tools            zbarimg, to decode the EPC QR code printed on invoices
set -euo pipefail
need=()
command -v qpdf >/dev/null || need+=(qpdf)
command -v pdftotext >/dev/null || need+=(poppler-utils)
[[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || need+=(fonts-dejavu-core)
[[ -e /usr/share/color/icc/sRGB.icc ]] || need+=(icc-profiles-free)
command -v zbarimg >/dev/null || need+=(zbar-tools)
if [[ ${#need[@]} -eq 0 ]]; then exit 0; fi
echo "installing from Debian: ${need[*]}" >&2
sudo=()
[[ "$(id -u)" -eq 0 ]] || sudo=(sudo)
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
