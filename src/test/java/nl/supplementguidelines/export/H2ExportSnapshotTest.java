package nl.supplementguidelines.export;

import nl.supplementguidelines.support.ApiTest;

/** {@link ExportSnapshotContract} on the embedded H2. */
@ApiTest
class H2ExportSnapshotTest extends ExportSnapshotContract {
}
