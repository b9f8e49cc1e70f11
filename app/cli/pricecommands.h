#pragma once

#include <QStringList>

namespace cloudshift {

// The catalog and mapping verbs of the command line. Each takes its verb and options (arguments[0] is
// the verb) and returns the exit code: 0 success, 1 bad input (unknown SKU, region or file), 2 usage.

/// `cloudshift price --cloud aws|gcp|azure --region R --sku S [--os linux|windows] [--json]`
int priceCommand(const QStringList& arguments);

/// `cloudshift map --azure-sku S --region R [--os linux|windows] [--json]`: one Azure size on AWS and
/// Google Cloud with confidence, reason and alternatives; `cloudshift map EXPORT... [--json] [--details]`:
/// the share of an export's cost mapped at each confidence and the "not mapped" list.
int mapCommand(const QStringList& arguments);

/// `cloudshift catalog import FILE... [--json]`, `catalog sources [--json]`, `catalog reset`: official
/// price files laid over the embedded catalog, persisted between runs.
int catalogCommand(const QStringList& arguments);

} // namespace cloudshift
