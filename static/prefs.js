// Applies the look the person chose before the first paint, so there is no flash of another theme.
// It mirrors documentAttributes() in src/lib/settings/preferences.ts; a unit test keeps them equal.
(function () {
	var allowed = {
		theme: ['system', 'light', 'dark', 'contrast'],
		textSize: ['normal', 'large', 'larger'],
		motion: ['system', 'reduce']
	};
	var stored = {};
	try {
		stored = JSON.parse(localStorage.getItem('waypoint.preferences') || '{}') || {};
	} catch {
		stored = {};
	}
	var root = document.documentElement;
	function pick(name) {
		var value = stored[name];
		return allowed[name].indexOf(value) >= 0 ? value : allowed[name][0];
	}
	root.setAttribute('data-theme', pick('theme'));
	root.setAttribute('data-text-size', pick('textSize'));
	root.setAttribute('data-motion', pick('motion'));
})();
