fn main() {
    qingshan::start();
}
