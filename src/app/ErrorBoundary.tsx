import { Component, type ReactNode } from "react";

interface State {
  error: Error | null;
}

/** Shows what went wrong in one screen while the rest of the app keeps working. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <div role="alert" className="page">
          <h1>Something went wrong on this screen</h1>
          <p>Your progress and drafts are safe. The error was:</p>
          <pre className="error-text">{this.state.error.message}</pre>
          <button type="button" onClick={() => location.reload()}>
            Reload the app
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
