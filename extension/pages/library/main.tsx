import { render } from 'preact';
import '../../ui/theme.css';
import '../page.css';

render(<main class="sl-page"><h1>Sourcelight library</h1></main>, document.getElementById('app')!);
