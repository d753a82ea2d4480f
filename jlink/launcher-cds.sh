# Class-data sharing for the window (inserted into bin/backprop-lab by finish-linux-image.sh).
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
      CDS_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/backprop-lab/cds-$(cd "$DIR" && pwd | cksum | cut -d' ' -f1)"
      if [ -f "$CDS_DIR/app.jsa" ]; then
        CDS_OPTIONS="-Xshare:auto -XX:SharedArchiveFile=$CDS_DIR/app.jsa"
      elif mkdir -p "$CDS_DIR" 2>/dev/null \
          && "$DIR/java" -Xshare:dump -XX:SharedArchiveFile="$CDS_DIR/base.jsa" >/dev/null 2>&1; then
        CDS_OPTIONS="-Xshare:auto -XX:SharedArchiveFile=$CDS_DIR/base.jsa -XX:ArchiveClassesAtExit=$CDS_DIR/app.jsa"
      fi
    fi
    CDS_OPTIONS="$CDS_OPTIONS -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr"
    ;;
esac
