// Order matters little, but suites that change the workspace run last.
import './activation.test';
import './highlights.test';
import './hover.test';
import './sidebar.test';
import './navigation.test';
import './indexer.test';
import './review.test';
import './decisions.test';
import './add-entity.test';
import './exchange.test';
import './knowledge-base.test';
import './reliability.test';
import './scale.test';
