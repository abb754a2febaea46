interface ImportMetaEnv {
  /** True in a build, which ships a service worker (set by scripts/pwa.ts). */
  readonly SERVICE_WORKER?: boolean;
}
