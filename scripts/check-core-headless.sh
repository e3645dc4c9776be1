#!/usr/bin/env bash
# Fails if the engine (core/) includes anything from Qt Gui or Qt Widgets: the engine must run in a
# headless process (protoviz-cli, servers, tests) and never know a widget. The sanitizer build in
# test.sh also configures without the GUI, so a widget dependency would not even link there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pattern='#\s*include\s*[<"](Qt(Gui|Widgets|Charts|Svg|SvgWidgets|OpenGL)(/|>)|Q(Widget|Application|Painter|Color|Font|Image|Pixmap|Icon|GuiApplication|MainWindow|Brush|Pen)\b)'
if matches=$(grep -rnE "$pattern" "$root/core" --include='*.h' --include='*.cpp'); then
    echo "core/ must not include Qt Gui or Widgets headers:" >&2
    echo "$matches" >&2
    exit 1
fi
if grep -nE 'Qt6?::(Gui|Widgets|Charts|Svg)' "$root/core/CMakeLists.txt" "$root"/core/*/CMakeLists.txt; then
    echo "core/ must not link Qt Gui or Widgets." >&2
    exit 1
fi
echo "core/ is free of Qt Gui and Widgets."
