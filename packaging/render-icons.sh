#!/usr/bin/env bash
# Renders the hicolor PNGs of the application icon from its SVG. The PNGs are committed, so a
# build needs no SVG renderer; run this (needs rsvg-convert, package librsvg2-bin) after
# changing the SVG.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
id=io.github.campaigndesk.CampaignDesk
for size in 16 24 32 48 64 128 256; do
  mkdir -p "$here/icons/hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" "$here/icons/$id.svg" \
    -o "$here/icons/hicolor/${size}x${size}/apps/$id.png"
done
