class Optional {
  maybe?(): void;
  other?: () => void;
}
