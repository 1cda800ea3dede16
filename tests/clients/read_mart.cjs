// Open the published warehouse read-only with @duckdb/node-api (the driver Evidence bundles) and
// print the cross-county mart as JSON lines: DECIMAL money as text, Chinese names as read.
// Usage: node read_mart.cjs WAREHOUSE (the package is resolved from JUESUAN_NODE_MODULES).
const path = require("path");
const { DuckDBInstance, version } = require(path.join(process.env.JUESUAN_NODE_MODULES, "@duckdb/node-api"));

async function main() {
  const instance = await DuckDBInstance.create(process.argv[2], { access_mode: "READ_ONLY" });
  const con = await instance.connect();
  const reader = await con.runAndReadAll(
    "select department_name, fiscal_year, cast(expenditure_total_yuan as varchar) as expenditure_total_yuan, " +
    "typeof(expenditure_total_yuan) as money_type " +
    "from marts.mart_department_year order by department_name, fiscal_year"
  );
  console.log(JSON.stringify({ client: "node-api", version: version() }));
  for (const row of reader.getRowObjectsJson()) console.log(JSON.stringify(row));
}

main().catch((err) => {
  console.error(String(err.message || err).split("\n")[0]);
  process.exit(1);
});
