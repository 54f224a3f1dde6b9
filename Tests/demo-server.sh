#!/usr/bin/env bash
# make demo-server: a throwaway sshd on 127.0.0.1 serving a copy of the sample data to a team
# of three, as "Serving a team" in the README sets one up for real. Everything lives under
# .build/demo-server and is removed on Ctrl-C.
set -euo pipefail
dangol="$(realpath "$1")"
root="$(realpath -m .build/demo-server)"
rm -rf "$root" && mkdir -p "$root/keys"
sshd_pid=""
stop() {
  [ -n "$sshd_pid" ] && kill "$sshd_pid" 2>/dev/null && wait "$sshd_pid" 2>/dev/null
  rm -rf "$root"
  echo; echo "demo-server stopped; $root removed."
}
trap stop EXIT
trap 'exit 0' INT TERM

mkdir -p "$root/data" && cp -R Data/program.json Data/markets "$root/data/"
chmod 700 "$root/data"
add() { # id name role [market]
  ssh-keygen -q -t ed25519 -N "" -C "$1@demo" -f "$root/keys/$1"
  "$dangol" team add "$1" --name "$2" --role "$3" ${4:+--market "$4"} --key "$root/keys/$1.pub" --data "$root/data" >/dev/null
}
add kim 김튜터 tutor sinyoung
add lee 이상인 staff jayang
add park 박관리 admin
"$dangol" team authorized-keys --install "$root/authorized_keys" --data "$root/data" >/dev/null
ssh-keygen -q -t ed25519 -N "" -f "$root/host_key"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
sed -e "s|@PORT@|$port|" -e "s|@HOST_KEY@|$root/host_key|" -e "s|@PID_FILE@|$root/sshd.pid|" \
    -e "s|@AUTHORIZED_KEYS@|$root/authorized_keys|" Tests/sshd_config.template > "$root/sshd_config"
[ "$(id -u)" = 0 ] && mkdir -p /run/sshd
/usr/sbin/sshd -D -e -f "$root/sshd_config" &
sshd_pid=$!
sleep 0.5
user="$(id -un)"
options="-p $port -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes"
cat <<TRY

dangol demo server on 127.0.0.1:$port, serving a copy of the sample ($root/data).
Try, in another terminal (Ctrl-C here stops the server and removes everything):

  ssh -t -i $root/keys/kim  $options $user@127.0.0.1    # 김튜터, tutor of 신영시장
  ssh -t -i $root/keys/lee  $options $user@127.0.0.1    # 이상인, staff of 자양전통시장 (reads only)
  ssh -t -i $root/keys/park $options $user@127.0.0.1    # 박관리, admin

  ssh -i $root/keys/lee $options $user@127.0.0.1 dangol summary   # a command instead of the dashboard
TRY
wait "$sshd_pid"
