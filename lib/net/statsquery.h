#pragma once

#include "net/statsdata.h"

#include <QUrlQuery>

namespace ehb::stats {

// The query string of a statistics request: from and to as dates when they fall on local
// midnight in the query's zone (the server reads them as such), else as UTC times; tz; and
// service, bucket and sla when given.
QUrlQuery urlQuery(const Query &query, bool withBucket, bool withSla);

} // namespace ehb::stats
