// Placeholder replaced by the widget build (issue 6); keeps `npm run build` working meanwhile.
