#!/bin/bash
# Prepares the unpacked WildFly for the tests, as an operator would:
# - the security tests' users in the application realm, tenants and roles as groups (the default "other" security
#   domain maps groups to roles); the same users as Payara's post-boot.asadmin and Tomcat's tomcat-users.xml;
# - OpenTelemetry with MicroProfile Telemetry (standalone.xml has neither; standalone-microprofile.xml has no EJB):
#   off for every application until it sets otel.sdk.disabled=false, as MicroProfile Telemetry says; the exporter's
#   endpoint is the system property otel.exporter.otlp.endpoint, so each instance can be pointed at a receiver;
# - a PostgreSQL datasource for the instances that share the database, with connection validation and PostgreSQL's
#   exception sorter: a @DataSourceDefinition pool on WildFly has neither and keeps dead connections after a database
#   restart, so the application never recovers by itself (see WildFlyProcess);
# - MicroProfile Health, which standalone.xml lacks (standalone-microprofile.xml has it): the library's readiness and
#   liveness checks are registered where the API is, and the tests read them at /health/ready on the management port.
# All are written into the server's files before it starts; running this again changes nothing.
set -euo pipefail
home=$1
postgresql_jar=$2
export JAVA_OPTS=
for user in "alice tenant-a,quoter" "bob tenant-b,quoter" "carol tenant-a,quoter,underwriter" "dave tenant-a" \
            "erin tenant-b,quoter,underwriter" "tenant-a quoter" "anonymous quoter"; do
  set -- $user
  "$home/bin/add-user.sh" -a -s -u "$1" -p "$1-secret" -g "$2"
done
if ! grep -q 'pool-name="QuotesDS"' "$home/standalone/configuration/standalone.xml"; then
  "$home/bin/jboss-cli.sh" <<CLI
embed-server --server-config=standalone.xml
module add --name=org.postgresql --resources=$postgresql_jar --dependencies=java.se,jakarta.transaction.api
/subsystem=datasources/jdbc-driver=postgresql:add(driver-name=postgresql,driver-module-name=org.postgresql,driver-class-name=org.postgresql.Driver)
data-source add --name=QuotesDS --jndi-name=java:jboss/datasources/QuotesDS --driver-name=postgresql --connection-url=jdbc:postgresql://127.0.0.1:5432/test --user-name=postgres --password=unused --min-pool-size=2 --max-pool-size=32 --validate-on-match=true --background-validation=false --valid-connection-checker-class-name=org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLValidConnectionChecker --exception-sorter-class-name=org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLExceptionSorter
stop-embedded-server
CLI
fi
if ! grep -q 'urn:wildfly:opentelemetry' "$home/standalone/configuration/standalone.xml"; then
  "$home/bin/jboss-cli.sh" <<'CLI'
embed-server --server-config=standalone.xml
/extension=org.wildfly.extension.opentelemetry:add
/subsystem=opentelemetry:add(endpoint="${otel.exporter.otlp.endpoint:http://localhost:4317}",span-processor-type=batch,batch-delay=200,sampler-type=on)
/extension=org.wildfly.extension.microprofile.telemetry:add
/subsystem=microprofile-telemetry:add
stop-embedded-server
CLI
fi
if ! grep -q 'org.wildfly.extension.microprofile.health-smallrye' "$home/standalone/configuration/standalone.xml"; then
  "$home/bin/jboss-cli.sh" <<CLI
embed-server --server-config=standalone.xml
/extension=org.wildfly.extension.microprofile.health-smallrye:add
/subsystem=microprofile-health-smallrye:add(security-enabled=false)
stop-embedded-server
CLI
fi
