#!/bin/sh
# Register this unpacked Claimdesk folder with the desktop for the current user:
# menu entry, icons, the .claimdesk file type (double-click opens Claimdesk) and a
# `claimdesk` command in ~/.local/bin. Run it again after moving the folder.
# Undo with ./uninstall-desktop.sh. Needs no root.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN_DIR=$HOME/.local/bin
ID=nl.claimdesk.Claimdesk

mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo" "$BIN_DIR"
# The desktop entry, pointing at this folder's executable.
sed -e "s|^Exec=.*|Exec=\"$HERE/claimdesk\" %f|" -e "s|^TryExec=.*|TryExec=$HERE/claimdesk|" \
    "$HERE/share/applications/$ID.desktop" > "$DATA/applications/$ID.desktop"
cp "$HERE/share/mime/packages/claimdesk-mime.xml" "$DATA/mime/packages/"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$DATA/metainfo/"
cp -R "$HERE/share/icons" "$DATA/"
ln -sf "$HERE/claimdesk" "$BIN_DIR/claimdesk"

# Refresh the caches where the tools exist (each is optional on a given desktop).
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
command -v xdg-mime >/dev/null && xdg-mime default "$ID.desktop" application/x-claimdesk-project || true

echo "Claimdesk is in your applications menu; .claimdesk files open in it."
echo "The command line: $BIN_DIR/claimdesk (add $BIN_DIR to PATH if it is not there)."
