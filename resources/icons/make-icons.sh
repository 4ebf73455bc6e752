#!/usr/bin/env bash
# Makes the platform icons from ehealthbugs.svg with rsvg-convert (Debian: librsvg2-bin):
#   resources/icons/make-icons.sh            writes ehealthbugs.ico and ehealthbugs.icns here
#   resources/icons/make-icons.sh png DIR    writes DIR/<N>x<N>/apps/ehealthbugs.png (hicolor)
# The .ico (Windows: the program and the installer) and the .icns (the macOS bundle) are
# committed, because Windows and macOS builds have no SVG renderer; run this after changing the
# SVG. The Linux PNG sizes are rendered at build time (resources/CMakeLists.txt).
# shellcheck disable=SC2059 # the printf formats are the bytes, on purpose
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/ehealthbugs.svg"

render() { # size output
    "${RSVG_CONVERT:-rsvg-convert}" --width "$1" --height "$1" --keep-aspect-ratio "$svg" --output "$2"
}

# Little- and big-endian integers as raw bytes.
le16() { printf "\\x$(printf %02x $(($1 & 255)))\\x$(printf %02x $(($1 >> 8 & 255)))"; }
le32() { le16 $(($1 & 65535)); le16 $(($1 >> 16 & 65535)); }
be32() {
    printf "\\x$(printf %02x $(($1 >> 24 & 255)))\\x$(printf %02x $(($1 >> 16 & 255)))"
    printf "\\x$(printf %02x $(($1 >> 8 & 255)))\\x$(printf %02x $(($1 & 255)))"
}

if [ "${1:-}" = png ]; then
    out=$2
    for size in 16 22 24 32 48 64 128 256 512; do
        mkdir -p "$out/${size}x${size}/apps"
        render "$size" "$out/${size}x${size}/apps/ehealthbugs.png"
    done
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ICO with PNG entries (Windows Vista and later): a directory, then the images.
ico_sizes=(16 24 32 48 64 128 256)
{
    le16 0
    le16 1
    le16 ${#ico_sizes[@]}
    offset=$((6 + 16 * ${#ico_sizes[@]}))
    for size in "${ico_sizes[@]}"; do
        render "$size" "$work/$size.png"
        length=$(stat -c %s "$work/$size.png")
        printf "\\x$(printf %02x $((size & 255)))\\x$(printf %02x $((size & 255)))\\x00\\x00"
        le16 1
        le16 32
        le32 "$length"
        le32 "$offset"
        offset=$((offset + length))
    done
    for size in "${ico_sizes[@]}"; do
        cat "$work/$size.png"
    done
} >"$here/ehealthbugs.ico"

# ICNS with PNG entries: type, big-endian length (header included), data.
icns_types=(icp4:16 icp5:32 ic11:32 icp6:64 ic12:64 ic07:128 ic08:256 ic13:256 ic09:512 ic14:512
    ic10:1024)
total=8
for entry in "${icns_types[@]}"; do
    size=${entry#*:}
    [ -e "$work/$size.png" ] || render "$size" "$work/$size.png"
    total=$((total + 8 + $(stat -c %s "$work/$size.png")))
done
{
    printf icns
    be32 "$total"
    for entry in "${icns_types[@]}"; do
        type=${entry%:*}
        size=${entry#*:}
        printf %s "$type"
        be32 $((8 + $(stat -c %s "$work/$size.png")))
        cat "$work/$size.png"
    done
} >"$here/ehealthbugs.icns"
echo "Wrote $here/ehealthbugs.ico and $here/ehealthbugs.icns"
