// One text field (a note, a speaker, a name) for the overlay on outlet pages.
// It runs as an extension page inside an iframe in the overlay's closed shadow
// root, so the page never sees a key, an input, a composition or a paste. It
// talks only over the MessagePort the overlay hands it with the secret from
// this page's address (see shared/text-field-protocol.ts); what is typed is
// kept as a draft in extension-origin storage until it is saved.
import { render } from 'preact';
import '../../ui/theme.css';
import './text-field.css';
import { connectionFromOverlay } from '../../shared/frame-connection.ts';
import { isTextFieldInit, readTextFieldQuery } from '../../shared/text-field-protocol.ts';
import { draftStore } from './drafts.ts';
import { FieldInFrame } from './FieldInFrame.tsx';
import { trackHeldKeys } from './key-release.ts';

const options = readTextFieldQuery(location.search);
render(
  <FieldInFrame
    options={options}
    drafts={draftStore(options.draftKey)}
    // Listened for at once, before anything renders (see connectionFromOverlay).
    connection={connectionFromOverlay(isTextFieldInit)}
    heldKeys={trackHeldKeys()}
  />,
  document.getElementById('app')!,
);
