#!/usr/bin/env bash
# ctest install_deb: builds the .deb from this build directory with CPack, unpacks it with
# `dpkg -x` into a scratch root and checks what a packager and a person installing it would:
#   - the control data (dpkg-deb --info): name, version, section, and Depends computed by
#     dpkg-shlibdeps from the binaries' links (libc6, libqt6core6 ... with versions) plus the
#     plugins Qt loads at run time; Recommends with Qt's translations and the hunspell
#     dictionaries of the catalogues' languages;
#   - every file's place, owner and mode: exactly the expected files, nothing missing, nothing
#     stray (a build directory, a test binary, a header);
#   - the binaries are stripped executables that run (--version) from the unpacked root;
#   - the icons are PNGs of the size their hicolor folder says;
#   - the manual pages are gzip-compressed and format without warnings;
#   - desktop-file-validate, appstreamcli validate and validate-tree accept the unpacked files.
# Usage: check_deb.sh BUILD_DIR WORK_DIR VERSION APP_ID
set -uo pipefail

build=$1
work=$2
version=$3
app_id=$4
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

rm -rf "$work"
mkdir -p "$work/out" "$work/root"

# --- Build the package -----------------------------------------------------------------------
if ! (cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1); then
  cat "$work/cpack.log"
  echo "FAIL: cpack -G DEB failed"
  exit 1
fi
debs=("$work/out"/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  echo "FAIL: expected one .deb in $work/out, found: ${debs[*]}"
  exit 1
fi
deb=${debs[0]}
echo "package: $deb ($(stat -c %s "$deb") bytes)"

# --- Control data --------------------------------------------------------------------------
info=$(dpkg-deb --info "$deb")
echo "$info" | sed -n '/Package:/,$p'
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = charla ] && ok "Package: charla" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] && ok "Version: $version" || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] && ok "Architecture: $(field Architecture)" \
  || fail "Architecture is '$(field Architecture)'"
[ "$(field Section)" = net ] && ok "Section: net" || fail "Section is '$(field Section)'"
depends=$(field Depends)
IFS=',' read -r -a depends_list <<<"$depends"
depends_list=("${depends_list[@]# }")
has_dep() { # has_dep NAME [versioned]: an entry "NAME" or, with "versioned", "NAME (>= X)"
  local d
  for d in "${depends_list[@]}"; do
    if [ "${2:-}" = versioned ]; then
      [[ "$d" == "$1 (>= "*")" ]] && return 0
    else
      [[ "$d" == "$1" || "$d" == "$1 ("* ]] && return 0
    fi
  done
  return 1
}
# From dpkg-shlibdeps: the libraries the binaries link, each with a minimum version taken from
# the symbols they use. Hand-written dependencies never carry these versions for all of them.
for lib in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
           libqt6dbus6 libqt6keychain1; do
  has_dep "$lib" versioned && ok "Depends has $lib with a minimum version (dpkg-shlibdeps)" \
    || fail "Depends lacks '$lib (>= ...)': $depends"
done
# Loaded as plugins at run time, so shlibdeps cannot see them: listed by hand.
for pkg in libqt6sql6-sqlite libqt6svg6; do
  has_dep "$pkg" && ok "Depends has $pkg (run-time plugin)" || fail "Depends lacks $pkg: $depends"
done

# Recommended, not required: Qt's own translations and the spell-check dictionaries of the
# languages Charla speaks (the composer finds no misspelling without a dictionary).
recommends=$(field Recommends)
IFS=',' read -r -a recommends_list <<<"$recommends"
recommends_list=("${recommends_list[@]# }")
for pkg in qt6-translations-l10n hunspell-en-us hunspell-es hunspell-de-de hunspell-fr; do
  found=0
  for r in "${recommends_list[@]}"; do [ "$r" = "$pkg" ] && found=1; done
  [ $found = 1 ] && ok "Recommends has $pkg" || fail "Recommends lacks $pkg: $recommends"
done

# --- Files: exactly these, in these places, owned by root, with these modes ------------------
expected=(
  "0755 usr/bin/charla"
  "0755 usr/bin/charla-cli"
  "0644 usr/share/applications/$app_id.desktop"
  "0644 usr/share/metainfo/$app_id.metainfo.xml"
  "0644 usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  "0644 usr/share/man/man1/charla.1.gz"
  "0644 usr/share/man/man1/charla-cli.1.gz"
  "0644 usr/share/doc/charla/copyright"
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("0644 usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
printf '%s\n' "${expected[@]}" | sort >"$work/expected.txt"
# dpkg-deb --contents: "-rwxr-xr-x root/root 12345 2026-11-21 10:00 ./usr/bin/charla"
dpkg-deb --contents "$deb" >"$work/contents.txt"
awk '$1 ~ /^-/ {print $1, $2, $6}' "$work/contents.txt" >"$work/files.txt"
while read -r perms owner path; do
  [ "$owner" = root/root ] || fail "$path is owned by $owner, not root/root"
done <"$work/files.txt"
dpkg -x "$deb" "$work/root"
(cd "$work/root" && find . -type f -printf '%m %P\n' | awk '{printf "%04d %s\n", $1, $2}' | sort) \
  >"$work/actual.txt"
if diff -u "$work/expected.txt" "$work/actual.txt" >"$work/files.diff"; then
  ok "the package holds exactly the ${#expected[@]} expected files with the expected modes"
else
  fail "files or modes differ from the expected list (- expected, + in the package):"
  sed -n '3,$p' "$work/files.diff"
fi
if awk '$1 ~ /^l/' "$work/contents.txt" | grep -q .; then
  fail "the package contains symbolic links: $(awk '$1 ~ /^l/ {print $6}' "$work/contents.txt")"
fi
bad_dirs=$(cd "$work/root" && find . -type d ! -perm 0755 -printf '%m %P\n')
[ -z "$bad_dirs" ] && ok "every directory is 0755" || fail "directories not 0755: $bad_dirs"

# --- Binaries ------------------------------------------------------------------------------
for bin in charla charla-cli; do
  path="$work/root/usr/bin/$bin"
  [ -f "$path" ] || continue
  desc=$(file -b "$path")
  [[ "$desc" == *ELF*executable* || "$desc" == *ELF*pie\ executable* || "$desc" == *ELF*shared\ object* ]] \
    && ok "$bin is an ELF executable" || fail "$bin is not an ELF executable: $desc"
  [[ "$desc" == *", stripped"* ]] && ok "$bin is stripped" || fail "$bin is not stripped: $desc"
  out=$(QT_QPA_PLATFORM=offscreen "$path" --version 2>&1)
  [[ "$out" == *"$version"* ]] && ok "$bin --version from the unpacked root: $out" \
    || fail "$bin --version printed '$out'"
done

# --- Icons: real PNGs of the size their folder names --------------------------------------
for size in 16 22 24 32 48 64 128 256; do
  png="$work/root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  [ -f "$png" ] || continue
  desc=$(file -b "$png")
  [[ "$desc" == "PNG image data, $size x $size, 8-bit/color RGBA"* ]] \
    && ok "${size}x${size} icon: $desc" || fail "${size}x${size} icon is: $desc"
done

# --- Manual pages ----------------------------------------------------------------------------
for page in charla charla-cli; do
  gz="$work/root/usr/share/man/man1/$page.1.gz"
  [ -f "$gz" ] || continue
  gzip -t "$gz" && ok "$page.1.gz is valid gzip" || fail "$page.1.gz is not valid gzip"
  # man-db's own check, as lintian runs it: warnings from groff fail.
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$gz" 2>&1 >/dev/null)
  [ -z "$warnings" ] && ok "$page.1 formats without warnings" || fail "$page.1: $warnings"
  text=$(MANWIDTH=80 man -l "$gz" 2>/dev/null | col -b)
  [[ "$text" == *NAME*"$page - "* && "$text" == *SYNOPSIS* && "$text" == *"$version"* ]] \
    && ok "$page.1 has NAME, SYNOPSIS and the version" || fail "$page.1 reads: ${text:0:300}"
done

# --- Desktop entry and AppStream metadata, as installed ------------------------------------
desktop="$work/root/usr/share/applications/$app_id.desktop"
metainfo="$work/root/usr/share/metainfo/$app_id.metainfo.xml"
if [ -f "$desktop" ]; then
  out=$(desktop-file-validate "$desktop" 2>&1)
  if [ $? -eq 0 ] && ! grep -Eq ': (error|warning): ' <<<"$out"; then
    ok "desktop-file-validate accepts the installed .desktop"
  else
    fail "desktop-file-validate: $out"
  fi
  grep -qx 'MimeType=x-scheme-handler/xmpp;' "$desktop" && grep -Eq '^Exec=charla %u$' "$desktop" \
    && ok ".desktop claims x-scheme-handler/xmpp and passes the URI (%u)" \
    || fail ".desktop lacks MimeType=x-scheme-handler/xmpp; or Exec=charla %u"
fi
if [ -f "$metainfo" ]; then
  out=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1)
  if [ $? -eq 0 ] && ! grep -Eq '(^|[[:space:]])[EW]: ' <<<"$out"; then
    ok "appstreamcli validate accepts the installed metainfo"
  else
    fail "appstreamcli validate: $out"
  fi
fi
out=$(appstreamcli validate-tree --no-net --pedantic "$work/root" 2>&1)
if [ $? -eq 0 ] && ! grep -Eq '(^|[[:space:]])[EW]: ' <<<"$out"; then
  ok "appstreamcli validate-tree accepts the unpacked root"
else
  fail "appstreamcli validate-tree: $out"
fi

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
