// The same aggregation as BillingImporter, done by DuckDB: an EA cost-details export read with
// read_csv and summed per resource × meter × month, on two threads. bench_import runs this script
// when `node` and the npm package @duckdb/node-api are found, and prints the time ratio.
//
//   node duckdb_aggregate.js MODULE_DIR FILE...
//
// MODULE_DIR is the folder whose node_modules holds @duckdb/node-api (it is kept outside the
// repository). Prints one line of JSON: seconds, rows, cells, the cost total and the peak RSS.

'use strict';

const path = require('path');

async function main() {
    const [moduleDir, ...files] = process.argv.slice(2);
    if (!moduleDir || files.length === 0) {
        console.error('usage: node duckdb_aggregate.js MODULE_DIR FILE...');
        process.exit(2);
    }
    const duckdb = require(require.resolve('@duckdb/node-api', { paths: [path.resolve(moduleDir)] }));
    const instance = await duckdb.DuckDBInstance.create(':memory:', { threads: '2' });
    const connection = await instance.connect();

    // Dates are given their order explicitly: the sniffer would guess day-first from early rows.
    // Cost is summed as an exact decimal, as the importer sums integer micro-units.
    const list = '[' + files.map((f) => "'" + f.replace(/'/g, "''") + "'").join(', ') + ']';
    const sql = `
        WITH cells AS (
            SELECT lower(ResourceId) AS resource, MeterCategory, MeterSubCategory, MeterName,
                   UnitOfMeasure, ChargeType, PricingModel,
                   date_trunc('month', strptime("Date", '%m/%d/%Y')) AS month,
                   sum(CAST(CostInBillingCurrency AS DECIMAL(38, 12))) AS cost,
                   sum(CAST(Quantity AS DOUBLE)) AS quantity,
                   count(*) AS lines
            FROM read_csv(${list}, header = true, all_varchar = true)
            GROUP BY ALL
        )
        SELECT count(*) AS cells, sum(lines) AS rows, CAST(sum(cost) AS VARCHAR) AS total FROM cells`;

    const started = process.hrtime.bigint();
    const reader = await connection.runAndReadAll(sql);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const [row] = reader.getRowObjectsJson();
    // maxRSS is the peak resident set of this node process (KiB), DuckDB's buffers included.
    const peak_kib = process.resourceUsage().maxRSS;
    console.log(JSON.stringify({ seconds, rows: Number(row.rows), cells: Number(row.cells), total: row.total, peak_kib }));
    connection.closeSync();
}

main().catch((error) => {
    console.error(String(error && error.message ? error.message : error));
    process.exit(1);
});
