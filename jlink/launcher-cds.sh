# Start-up options for the window (inserted into bin/backprop-lab by finish-linux-image.sh).
# Class-data sharing:
# The image carries no CDS archive (it would cost 12-29 MB of the 60 MB budget). Instead, the
# first time the window opens, the launcher writes a per-user archive of the classes the app
# loads into ~/.cache/backprop-lab (about 36 MB, once; that start is a few seconds slower), and
# every later start maps it and reaches its first frame about 30 % sooner. Command-line runs
# (trace, train, ...) neither create nor need it. BACKPROP_LAB_CDS=0 switches it off; a stale or
# unreadable archive is ignored by the JVM (-Xshare:auto). JVM warnings go to stderr (never
# into the JSON or CSV a command prints); the archive notes about classes it skips are silenced.
CDS_OPTIONS=
case "${1:-app}" in
  app|*.json)
    if [ "${BACKPROP_LAB_CDS:-1}" != 0 ] && [ -n "${HOME:-}" ]; then
      # one archive per image: its folder and the size and time of its class store (a rebuilt or
      # updated image gets a new archive, replacing the old ones, instead of a stale one the JVM
      # would refuse)
      CDS_KEY=$( (cd "$DIR" && pwd; stat -c '%s %Y' "$DIR/../lib/modules" 2>/dev/null) | cksum | cut -d' ' -f1)
      CDS_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/backprop-lab/cds-$CDS_KEY"
      if [ -f "$CDS_DIR/app.jsa" ]; then
        CDS_OPTIONS="-Xshare:auto -XX:SharedArchiveFile=$CDS_DIR/app.jsa"
      elif { rm -rf "${CDS_DIR%/*}"/cds-*; mkdir -p "$CDS_DIR"; } 2>/dev/null \
          && "$DIR/java" -Xshare:dump -XX:SharedArchiveFile="$CDS_DIR/base.jsa" >/dev/null 2>&1; then
        CDS_OPTIONS="-Xshare:auto -XX:SharedArchiveFile=$CDS_DIR/base.jsa -XX:ArchiveClassesAtExit=$CDS_DIR/app.jsa"
      fi
    fi
    CDS_OPTIONS="$CDS_OPTIONS -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr"
    ;;
  bench)
    if [ "${2:-}" != ui ]; then
      # the engine's vectorised kernels need the vector API, an incubator module on Java 17 (the
      # JVM says so in one warning line on stderr); other commands run the scalar kernels, which
      # give the same numbers bit for bit
      JLINK_VM_OPTIONS="--add-modules=jdk.incubator.vector"
    fi
    # bench ui measures the window as users run it: with the window's JIT options (no archive)
    ;;
  *)
    # the later C2 compilation of JLINK_VM_OPTIONS speeds up the window's start only; commands
    # (trace, train, gradcheck, bench) run with the JVM's default compilation thresholds
    JLINK_VM_OPTIONS=
    ;;
esac
