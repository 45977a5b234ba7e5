//! Bar charts drawn on the server as SVG: no chart library and nothing that needs
//! JavaScript. Each chart is described by a sentence on the page (`described_by`), and the
//! same numbers stand in a table beside it, so the picture is never the only way in.

use leptos::prelude::*;

const WIDTH: f64 = 720.0;
const LABEL_WIDTH: f64 = 300.0;
/// Longer labels are cut short in the picture; the table beside it has them whole.
const LABEL_CHARS: usize = 30;
const VALUE_WIDTH: f64 = 110.0;
const ROW: f64 = 30.0;
const BAR: f64 = 20.0;

/// The length of a bar for `value` when the longest is `max`, in SVG units.
pub fn bar_length(value: f64, max: f64) -> f64 {
    let room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    if max <= 0.0 || value <= 0.0 {
        0.0
    } else {
        (value / max * room).min(room)
    }
}

/// Horizontal bars, one per row: (label, value if shown, the value's text). A row without a
/// value (a hidden small count, unknown residents) gets no bar, only its text.
#[component]
pub fn BarChart(
    described_by: &'static str,
    #[prop(into)] rows: Signal<Vec<(String, Option<f64>, String)>>,
) -> impl IntoView {
    let height = move || (rows.with(|r| r.len()) as f64 * ROW).max(ROW);
    view! {
        <svg
            class="chart"
            role="img"
            aria-labelledby=described_by
            viewBox=move || format!("0 0 {WIDTH} {}", height())
            preserveAspectRatio="xMinYMin meet"
        >
            {move || {
                let rows = rows.get();
                let max = rows.iter().filter_map(|(_, v, _)| *v).fold(0.0_f64, f64::max);
                rows.into_iter().enumerate().map(|(i, (label, value, text))| {
                    let y = i as f64 * ROW;
                    let length = bar_length(value.unwrap_or(0.0), max);
                    let label = short(&label);
                    view! {
                        <g>
                            <text x=LABEL_WIDTH - 8.0 y=y + ROW / 2.0 text-anchor="end" dominant-baseline="middle" class="chart-label">{label}</text>
                            <rect x=LABEL_WIDTH y=y + (ROW - BAR) / 2.0 width=length height=BAR class="chart-bar" />
                            <text x=LABEL_WIDTH + length + 6.0 y=y + ROW / 2.0 dominant-baseline="middle" class="chart-value">{text}</text>
                        </g>
                    }
                }).collect_view()
            }}
        </svg>
    }
}

/// The label as it fits beside the bars.
fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_as_long_as_their_share_of_the_longest() {
        let room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        assert_eq!(bar_length(10.0, 10.0), room);
        assert_eq!(bar_length(5.0, 10.0), room / 2.0);
        assert_eq!(bar_length(0.0, 10.0), 0.0);
        assert_eq!(bar_length(3.0, 0.0), 0.0);
    }

    #[test]
    fn long_labels_are_cut_short() {
        assert_eq!(short("Blokland"), "Blokland");
        let long = short("Albertslund Nord (Bæk- og Fosgården) og omegn");
        assert_eq!(long.chars().count(), LABEL_CHARS);
        assert!(long.ends_with('…'));
    }
}
