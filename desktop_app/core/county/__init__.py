"""The county's roll-up of its units' reports (the 政务公开办's view): read every report in a
folder, check each, sum the statistical tables, name the roster's missing units and the
pairs of units whose own writing is copied."""
