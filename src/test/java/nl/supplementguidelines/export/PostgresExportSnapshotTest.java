package nl.supplementguidelines.export;

import nl.supplementguidelines.support.PostgresApiTest;

/** {@link ExportSnapshotContract} on PostgreSQL. */
@PostgresApiTest
class PostgresExportSnapshotTest extends ExportSnapshotContract {
}
