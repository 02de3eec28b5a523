#!/bin/sh
# Undo install-desktop.sh for the current user. Your projects and settings stay where they are.
set -eu
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
ID=nl.claimdesk.Claimdesk
rm -f "$DATA/applications/$ID.desktop" "$DATA/mime/packages/claimdesk-mime.xml" \
      "$DATA/metainfo/$ID.metainfo.xml" "$HOME/.local/bin/claimdesk"
find "$DATA/icons/hicolor" \( -name "$ID.png" -o -name "$ID.svg" -o -name application-x-claimdesk-project.png \) \
     -delete 2>/dev/null || true
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
echo "Claimdesk's menu entry and file type are removed."
