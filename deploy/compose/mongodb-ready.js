// The mongodb container's healthcheck (mongosh, inside the container): initiates the replica
// set on first start and gives each service a user allowed only its own database, with the
// password from its secret file. Exits 0 once this node is the writable primary.
const fs = require('fs');
const secret = (name) => fs.readFileSync('/run/secrets/' + name, 'utf8').trim();
const admin = db.getSiblingDB('admin');
admin.auth('root', secret('mongodb-root-password'));
try {
  rs.status();
}
catch (notInitiated) {
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongodb:27017' }] });
}
if (!db.hello().isWritablePrimary) {
  quit(1);
}
for (const database of ['identity', 'course', 'notification', 'media']) {
  if (admin.getUser(database) === null) {
    admin.createUser({ user: database, pwd: secret('mongodb-' + database + '-password'),
      roles: [{ role: 'readWrite', db: database }] });
  }
}
quit(0);
