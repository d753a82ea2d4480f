#!/bin/sh
# Finishes the Linux runtime image after jlink (called by the dist profile in pom.xml):
# 1. puts JavaFX's native libraries into lib/ beside the JDK's. jlink left them out of
#    lib/modules (excludedResources); from there JavaFX would copy them to ~/.openjfx/cache on
#    every user's first start, which fails on read-only homes. From lib/ it loads them directly.
# 2. strips the native symbol tables (libjvm.so alone: 24 MB -> 20 MB).
# 3. writes the JVM options (pom.xml, dist.jvm.options) into the launcher bin/backprop-lab.
# 4. adds the per-user class-data-sharing step of launcher-cds.sh to that launcher.
# usage: finish-linux-image.sh IMAGE_DIR JAVAFX_GRAPHICS_LINUX_JAR JAR_TOOL [JVM_OPTIONS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
image=$1
fx_jar=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
jar_tool=$3
jvm_options=${4:-}
cd "$image/lib"
"$jar_tool" xf "$fx_jar" $("$jar_tool" tf "$fx_jar" | grep '^lib[^/]*\.so$')
strip --strip-unneeded ./*.so server/*.so
sed -i "s|^JLINK_VM_OPTIONS=.*|JLINK_VM_OPTIONS=\"$jvm_options\"|" ../bin/backprop-lab
launcher=../bin/backprop-lab
cds_step=$here/launcher-cds.sh
awk -v step="$cds_step" '
  /^\$DIR\/java / { while ((getline line < step) > 0) print line; sub(/\$JLINK_VM_OPTIONS/, "$JLINK_VM_OPTIONS $CDS_OPTIONS") }
  { print }' "$launcher" > "$launcher.new"
cat "$launcher.new" > "$launcher"
rm "$launcher.new"
