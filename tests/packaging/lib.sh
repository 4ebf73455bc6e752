# shellcheck shell=bash
# Shared by the packaging tests' scripts: failing with a reason, and small file checks.

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# "WIDTH HEIGHT" of a PNG file, read from its IHDR chunk (bytes 16..23, big-endian).
png_size() {
    local bytes
    bytes=$(od -An -tu1 -j16 -N8 "$1" | xargs)
    # shellcheck disable=SC2086 # eight numbers, split on purpose
    set -- $bytes
    echo "$(($1 << 24 | $2 << 16 | $3 << 8 | $4)) $(($5 << 24 | $6 << 16 | $7 << 8 | $8))"
}

is_png() {
    [ "$(od -An -tx1 -N8 "$1" | xargs)" = "89 50 4e 47 0d 0a 1a 0a" ]
}

# $3 bytes at offset $2 of file $1, raw.
bytes_at() {
    dd if="$1" iflag=skip_bytes,count_bytes skip="$2" count="$3" status=none
}

# Unsigned little-endian integer of $3 bytes at offset $2 of file $1.
le_at() {
    local value=0 shift=0 byte
    for byte in $(od -An -tu1 -j"$2" -N"$3" "$1"); do
        value=$((value | byte << shift))
        shift=$((shift + 8))
    done
    echo "$value"
}

# Unsigned big-endian 32-bit integer at offset $2 of file $1.
be32_at() {
    local value=0 byte
    for byte in $(od -An -tu1 -j"$2" -N4 "$1"); do
        value=$((value << 8 | byte))
    done
    echo "$value"
}

# Fails unless the text $1 (a command's output, named $2) contains every further argument.
expect_in() {
    local text=$1 what=$2
    shift 2
    local needle
    for needle in "$@"; do
        grep -qF -- "$needle" <<<"$text" || fail "$what lacks \"$needle\":
$text"
    done
}

expect_not_in() {
    local text=$1 what=$2
    shift 2
    local needle
    for needle in "$@"; do
        if grep -qF -- "$needle" <<<"$text"; then
            fail "$what should not contain \"$needle\":
$text"
        fi
    done
}
