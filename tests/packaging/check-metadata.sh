#!/usr/bin/env bash
# packaging_metadata: the desktop entry, the AppStream metainfo and the icons, as shipped.
#   check-metadata.sh SOURCE_DIR PROJECT_VERSION PNG_DIR
set -euo pipefail
# shellcheck source=tests/packaging/lib.sh
source "$(dirname "$0")/lib.sh"
src=$1 version=$2 png_dir=$3
desktop=$src/resources/ehealthbugs.desktop
metainfo=$src/resources/be.gbo.ehealthbugs.metainfo.xml
icons=$src/resources/icons

desktop-file-validate "$desktop" || fail "desktop-file-validate refuses $desktop"
for key in Name GenericName Comment Keywords; do
    for lang in fr nl de; do
        grep -q "^$key\[$lang\]=." "$desktop" || fail "$desktop has no ${key}[$lang]"
    done
done
grep -qx "Exec=ehealthbugs" "$desktop" || fail "$desktop does not start ehealthbugs"
grep -qx "Icon=ehealthbugs" "$desktop" || fail "$desktop does not name the ehealthbugs icon"

appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli refuses $metainfo"
xpath() { xmllint --xpath "$1" "$metainfo"; }
for lang in fr nl de; do
    for tag in name summary; do
        [ "$(xpath "count(/component/${tag}[@xml:lang='$lang'])")" = 1 ] ||
            fail "$metainfo has no $tag in $lang"
    done
    [ "$(xpath "count(/component/description/p[@xml:lang='$lang'])")" -ge 1 ] ||
        fail "$metainfo has no description in $lang"
done
[ "$(xpath "string(/component/launchable[@type='desktop-id'])")" = ehealthbugs.desktop ] ||
    fail "$metainfo does not launch ehealthbugs.desktop"
[ "$(xpath "count(/component/content_rating)")" = 1 ] || fail "$metainfo has no content_rating"
newest=$(xpath "string(/component/releases/release[1]/@version)")
[ "$newest" = "$version" ] ||
    fail "the newest release in $metainfo is $newest, the project is $version: add a <release>"

# The scalable icon, and the PNG sizes rendered from it at build time.
xmllint --noout "$icons/ehealthbugs.svg" || fail "ehealthbugs.svg is not well-formed"
for size in 16 22 24 32 48 64 128 256 512; do
    png=$png_dir/${size}x${size}/apps/ehealthbugs.png
    [ -f "$png" ] || fail "$png was not rendered"
    is_png "$png" || fail "$png is not a PNG"
    [ "$(png_size "$png")" = "$size $size" ] || fail "$png is $(png_size "$png"), not $size x $size"
done

# Windows icon: an ICO directory of PNG images, 16 to 256 pixels.
ico=$icons/ehealthbugs.ico
[ "$(le_at "$ico" 0 2) $(le_at "$ico" 2 2)" = "0 1" ] || fail "$ico is not an icon file"
count=$(le_at "$ico" 4 2)
sizes=""
for ((i = 0; i < count; i++)); do
    entry=$((6 + 16 * i))
    width=$(le_at "$ico" "$entry" 1)
    [ "$width" -eq 0 ] && width=256
    length=$(le_at "$ico" $((entry + 8)) 4)
    offset=$(le_at "$ico" $((entry + 12)) 4)
    bytes_at "$ico" "$offset" "$length" >"${TMPDIR:-/tmp}/ehb-ico-$$.png"
    is_png "${TMPDIR:-/tmp}/ehb-ico-$$.png" || fail "$ico entry $i is not a PNG"
    [ "$(png_size "${TMPDIR:-/tmp}/ehb-ico-$$.png")" = "$width $width" ] ||
        fail "$ico entry $i is not $width pixels wide"
    sizes="$sizes $width"
done
rm -f "${TMPDIR:-/tmp}/ehb-ico-$$.png"
[ "$sizes" = " 16 24 32 48 64 128 256" ] || fail "$ico has the sizes$sizes"

# macOS icon: an ICNS file whose entries add up to its length and include the 1024 one.
icns=$icons/ehealthbugs.icns
[ "$(head -c 4 "$icns")" = icns ] || fail "$icns is not an icns file"
total=$(be32_at "$icns" 4)
[ "$total" -eq "$(stat -c %s "$icns")" ] || fail "$icns says it is $total bytes long"
offset=8
types=""
while [ "$offset" -lt "$total" ]; do
    types="$types $(bytes_at "$icns" "$offset" 4)"
    length=$(be32_at "$icns" $((offset + 4)))
    [ "$length" -gt 8 ] || fail "$icns has an empty entry at $offset"
    offset=$((offset + length))
done
[ "$offset" -eq "$total" ] || fail "$icns entries overrun the file"
expect_in "$types" "$icns entries" icp4 ic07 ic08 ic09 ic10

echo "metadata OK: desktop entry, metainfo (release $version), icons"
