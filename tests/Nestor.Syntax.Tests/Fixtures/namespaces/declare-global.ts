export {};
declare global {
  interface Window {
    appVersion: string;
  }
  var __DEV__: boolean;
}
