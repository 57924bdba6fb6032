"""plancompare's Qt face: windows, models, the job runner, settings and translations."""
