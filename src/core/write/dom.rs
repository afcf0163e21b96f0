//! The names of the page's elements, classes and attributes that its Rust, its two inline
//! scripts (`assets/boot.js`, `assets/first.js`) and its style sheet share, in one place. The
//! build writes them into the page as `window.atlasDom` (`src/bin/first_view.rs`), which the
//! scripts read (`atlasDom.detailsTitle`); the Rust reads the constants; `tests/dom.rs` checks
//! that every name the scripts ask for is here, and every id the style sheet selects is one the
//! page has.

macro_rules! names {
    ($($(#[$doc:meta])* $konst:ident $js:ident = $value:literal;)*) => {
        $($(#[$doc])* pub const $konst: &str = $value;)*
        /// Every name: the scripts' key and its value.
        pub const ALL: &[(&str, &str)] = &[$((stringify!($js), $value)),*];
    };
}

names! {
    /// The app's root, whose buttons the first view's script keeps pressed before the code.
    APP app = "app";
    /// The rails and the stage; a class says what is folded or selected.
    LAYOUT layout = "layout";
    CONTROLS_FOLD controlsFold = "controls-fold";
    FILTERS_DRAWER filtersDrawer = "filters-drawer";
    LIST_DRAWER listDrawer = "list-drawer";
    DETAILS details = "details";
    DETAILS_TITLE detailsTitle = "details-title";
    DETAILS_BODY detailsBody = "details-body";
    ALERTS alerts = "alerts";
    /// The live line "Loading the rest of the atlas…".
    ATLAS_LOADING atlasLoading = "atlas-loading";
    MAP_STAGE mapStage = "map-stage";
    /// Where the build writes each entity's details, `{lang}/{id}.html`, as the details panel
    /// renders them (`src/bin/first_view.rs`), for a country chosen before the app is there.
    DETAILS_DIR detailsDir = "assets/details";
    /// Where the build writes the view of a link to each indicator, `{lang}/{id}.html`, as the
    /// app renders it (`ui::prerender::indicator_view`), for such a link before the app is there.
    VIEWS_DIR viewsDir = "assets/views";

    /// Classes of `<html>`, from the link, before the first paint.
    EMBED embed = "embed";
    PRESENT present = "present";
    CARD card = "card";
    /// A phone's controls, folded from the first paint until the first view's script folds
    /// them for good.
    FOLD_CONTROLS foldControls = "fold-controls";
    /// The link asks for a view the first view does not show: it waits, uncoloured, for the
    /// build's view of the link or for the app.
    WAITING waiting = "waiting";
    /// The link's view comes from the build's files (its country's details, its indicator's
    /// view, `assets/first.js`).
    EARLY_VIEW earlyView = "early-view";
    /// …with a country, whose details show while the rest waits.
    EARLY_DETAILS earlyDetails = "early-details";
    /// …and they are on screen (or will not come): a class, and the event that says so, for
    /// which the first view's module waits (`ui::first`). If the page still waits then, the
    /// app loads; else the link needs no app.
    DETAILS_SHOWN detailsShown = "details-shown";

    /// Classes of the layout.
    CONTROLS_FOLDED controlsFolded = "controls-folded";
    SELECTED selected = "selected";

    /// One language's copy of a screen area, as the build rendered it.
    ONE_LANG oneLang = "one-lang";
    WORLD_MAP worldMap = "world-map";
    SELECTION_OUTLINE selectionOutline = "selection-outline";
    /// A selection's line for the map's chosen indicator, in its details.
    CHOSEN_FIGURE chosenFigure = "chosen-figure";
    /// A line that says something is on its way.
    PENDING pending = "pending";
    LOADING_NOTE loadingNote = "loading-note";
    SKIP_LINK skipLink = "skip-link";

    /// Attributes: a screen area the app mounts (`ui::areas`); a text's language among the
    /// four the page holds; the attributes the script swaps to the page's language; the
    /// loading line an area shows; a shape's country and its name.
    DATA_AREA dataArea = "data-area";
    /// An area the app has mounted its component in, while it takes over the others.
    DATA_LIVE dataLive = "data-live";
    DATA_L dataL = "data-l";
    DATA_L10N dataL10n = "data-l10n";
    DATA_LOADING dataLoading = "data-loading";
    DATA_ID dataId = "data-id";
    DATA_NAME dataName = "data-name";
    /// A language menu's link, by its language's code.
    DATA_LANG_LINK dataLangLink = "data-lang-link";
    /// A selection's line for one indicator, in the build's details (`ui::prerender`).
    DATA_INDICATOR dataIndicator = "data-indicator";
    /// The build's view of a link to an indicator: its map's entities, the map's name as the
    /// value (`ui::prerender::indicator_view`).
    DATA_SHAPES dataShapes = "data-shapes";
    /// `<html>`'s mark that the app has taken over (tests and the benchmark wait for it).
    DATA_ATLAS dataAtlas = "data-atlas";
}

/// The names as the statement the build writes at the head of the page's first script (the
/// boot script's).
pub fn script() -> String {
    let pairs: Vec<String> = ALL
        .iter()
        .map(|(key, value)| format!("{key}:\"{value}\""))
        .collect();
    format!("window.atlasDom={{{}}};", pairs.join(","))
}
