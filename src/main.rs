//! The page's entry point: the first view (`ui::first`), which loads the rest of the app when
//! it is needed.

fn main() {
    sse_atlas::ui::first::start();
}
