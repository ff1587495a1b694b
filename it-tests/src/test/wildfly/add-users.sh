#!/bin/bash
# The security tests' users in WildFly's application realm, with their tenants and roles as groups (the default
# "other" security domain maps groups to roles); the same users as Payara's post-boot.asadmin and Tomcat's
# tomcat-users.xml. add-user.sh only writes the realm's properties files, so it runs before the server starts.
set -euo pipefail
home=$1
for user in "alice tenant-a,quoter" "bob tenant-b,quoter" "carol tenant-a,quoter,underwriter" "dave tenant-a" \
            "erin tenant-b,quoter,underwriter"; do
  set -- $user
  JAVA_OPTS= "$home/bin/add-user.sh" -a -s -u "$1" -p "$1-secret" -g "$2"
done
