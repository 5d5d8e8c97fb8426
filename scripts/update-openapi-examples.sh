#!/usr/bin/env bash
# Rewrites the OpenAPI response examples (src/main/resources/openapi/examples) from what the API answers now.
# Run it after a change to a representation; OpenApiDocumentTest and DoseIntelligenceOpenApiTest fail until then.
# The examples are part of the OpenAPI document, so it then rewrites the document's snapshot too (OpenApiSnapshotTest).
# Usage: scripts/update-openapi-examples.sh   (builds the jar, starts it on PORT, default 8095, in-memory H2)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8095}
./mvnw -B -q package -DskipTests
JAR=$(ls target/supplement-guidelines-*.jar | grep -v original | head -1)
java -jar "$JAR" --server.port="$PORT" --management.server.port=0 \
  --spring.datasource.url='jdbc:h2:mem:examples;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1' \
  > target/update-examples.log 2>&1 &
APP=$!
trap 'kill $APP' EXIT
for _ in $(seq 1 90); do curl -sf "http://localhost:$PORT/api/v1/evidence-levels" > /dev/null && break; sleep 1; done

examples=src/main/resources/openapi/examples
requests=src/test/resources/openapi/requests
pretty() { python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), ensure_ascii=False, indent=2))'; }
get() { curl -sf "http://localhost:$PORT$2" | pretty > "$examples/$1.json"; }
post() { curl -sf -X POST "http://localhost:$PORT$2" -H 'Content-Type: application/json' -H 'Accept-Language: en' \
  --data-binary @"$requests/$1.json" | pretty > "$examples/$1.json"; }

get listGuidelines /api/v1/guidelines
get getGuideline /api/v1/guidelines/leaky-gut
get getGuidelineRecommendations /api/v1/guidelines/leaky-gut/recommendations
get listNutrients /api/v1/nutrients
get getNutrient /api/v1/nutrients/zink
get listEvidenceLevels /api/v1/evidence-levels
get listInteractions '/api/v1/interactions?atc=J01MA02'
get getInteraction /api/v1/interactions/1
post checkDoses /api/v1/dose-checks
post buildRegimen /api/v1/regimens
post checkInteractions /api/v1/interaction-checks
echo "examples written to $examples"
kill $APP
trap - EXIT
./mvnw -B -q test -Dtest=OpenApiSnapshotTest -Dopenapi.snapshot.update=true
echo "snapshot written to src/test/resources/openapi/api-docs.json"
